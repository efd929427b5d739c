package org.heritageregistry.pages;

import java.net.URI;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * The site pages' map (Leaflet, served by the application). Without a tile URL the map draws the
 * monuments, the site's boundary and its own grey background, and loads nothing from elsewhere;
 * with one, the pages' Content-Security-Policy lets images come from the tile server's origin
 * ({@link MapTilePolicy}). docs/operations.md ("Configuration") lists every property.
 */
@ConfigMapping(prefix = "registry.map")
public interface MapConfig {

    /**
     * A Leaflet tile URL template such as {@code https://tile.openstreetmap.org/{z}/{x}/{y}.png}
     * ({@code {s}} for subdomains). None by default: no tiles, no request leaves the reader's browser.
     */
    Optional<String> tileUrl();

    /** The tiles' attribution, shown in the map's corner (HTML is not interpreted). */
    Optional<String> tileAttribution();

    /**
     * The origin the tile URL's images come from, as a CSP source: {@code https://tile.example},
     * {@code https://*.tile.example} for a {s} subdomain. Empty without a tile URL, or when the URL
     * is not an absolute http(s) URL (then the map shows no tiles rather than widening the policy).
     */
    default Optional<String> tileOrigin() {
        return tileUrl().map(String::strip).filter(u -> !u.isEmpty()).flatMap(MapConfig::originOf);
    }

    /**
     * The tile URL the map uses: an absolute one whose origin the policy can name, or one on this
     * site ("/tiles/{z}/{x}/{y}.png", which 'self' already allows); anything else draws no tiles.
     */
    default Optional<String> usableTileUrl() {
        Optional<String> url = tileUrl().map(String::strip).filter(u -> !u.isEmpty());
        return url.filter(u -> tileOrigin().isPresent() || (u.startsWith("/") && !u.startsWith("//")));
    }

    private static Optional<String> originOf(String template) {
        try {
            URI uri = URI.create(template.replace("{s}", "s-sub").replaceAll("\\{[a-z]+}", "0"));
            String scheme = uri.getScheme();
            String host = uri.getHost();
            if (host == null || !("https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme))) {
                return Optional.empty();
            }
            host = host.replace("s-sub", "*");
            if (host.contains("*") && !host.startsWith("*.")) {
                return Optional.empty();
            }
            return Optional.of(scheme.toLowerCase(java.util.Locale.ROOT) + "://" + host + (uri.getPort() == -1 ? "" : ":" + uri.getPort()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
