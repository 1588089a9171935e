// The check lives in lib/ so the pure agenda formatter applies the same rule to Markdown links.
export { httpUrlOrNull } from '../../lib/url/http-url';
