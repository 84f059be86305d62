package source

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/netip"
	"syscall"
	"time"
)

// The URL policy of load and extract: a fetch follows at most maxRedirects
// redirects, each to http or https only and never from https down to http;
// with Options.NoPrivate it refuses to connect to loopback, private,
// link-local and unspecified addresses, checked on the address actually
// dialled (after DNS, and again for every redirect), so neither a name that
// resolves to 127.0.0.1 nor a redirect to http://10.0.0.1/ gets through.
const maxRedirects = 5

// ErrPrivateAddress is returned (wrapped) for a fetch refused by NoPrivate.
var ErrPrivateAddress = errors.New("refused: a private, loopback or link-local address (--no-private)")

// httpClient returns the client of a fetch under the policy.
func httpClient(opts Options) *http.Client {
	dialer := &net.Dialer{Timeout: 30 * time.Second}
	if opts.NoPrivate {
		dialer.Control = func(network, address string, _ syscall.RawConn) error {
			ap, err := netip.ParseAddrPort(address)
			if err != nil {
				return err
			}
			a := ap.Addr().Unmap()
			if a.IsLoopback() || a.IsPrivate() || a.IsLinkLocalUnicast() || a.IsLinkLocalMulticast() || a.IsUnspecified() || a.IsMulticast() {
				return fmt.Errorf("%s: %w", a, ErrPrivateAddress)
			}
			return nil
		}
	}
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.DialContext = dialer.DialContext
	if opts.NoPrivate {
		tr.Proxy = nil // the policy applies to the address dialled, not a proxy's
	}
	return &http.Client{
		Transport: tr,
		CheckRedirect: func(req *http.Request, via []*http.Request) error {
			if len(via) > maxRedirects {
				return fmt.Errorf("more than %d redirects", maxRedirects)
			}
			if s := req.URL.Scheme; s != "http" && s != "https" {
				return fmt.Errorf("redirect to a %s: URL refused", s)
			}
			if via[len(via)-1].URL.Scheme == "https" && req.URL.Scheme == "http" {
				return fmt.Errorf("redirect from https to http refused (%s)", req.URL.Redacted())
			}
			return nil
		},
	}
}
