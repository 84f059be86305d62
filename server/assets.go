package server

import "embed"

// assets are the files served from the binary: the explorer page, and the
// npm packages the pages use (monaco-editor 0.18.1 for Cayley's UI, as it
// expects; cytoscape for the explorer), each with its licence.
//
//go:embed assets
var assets embed.FS
