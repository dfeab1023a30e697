#!/usr/bin/env bash
# Re-vendor the front-end assets from the npm registry at the pinned versions below.
# The app never fetches anything at run time: these files are committed under
# provind/web/static/vendor/ with their licences.
set -euo pipefail
VEGA=6.4.0 VEGA_LITE=6.4.3 VEGA_EMBED=7.3.0 LEAFLET=1.9.4
dest="$(cd "$(dirname "$0")/.." && pwd)/provind/web/static/vendor"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
npm init -y >/dev/null
npm install --silent --no-audit --no-fund "vega@$VEGA" "vega-lite@$VEGA_LITE" "vega-embed@$VEGA_EMBED" "leaflet@$LEAFLET"
rm -rf "$dest/vega" && mkdir -p "$dest/vega"
cp node_modules/vega/build/vega.min.js node_modules/vega-lite/build/vega-lite.min.js \
   node_modules/vega-embed/build/vega-embed.min.js "$dest/vega/"
# The source maps are not shipped, so their references go (the manifest storage would fail on them).
sed -i '/^\/\/# sourceMappingURL=/d' "$dest"/vega/*.js
for pkg in vega vega-lite vega-embed; do cp "node_modules/$pkg/LICENSE" "$dest/vega/LICENSE-$pkg"; done
printf 'vega %s\nvega-lite %s\nvega-embed %s\n' "$VEGA" "$VEGA_LITE" "$VEGA_EMBED" > "$dest/vega/VERSIONS"
rm -rf "$dest/leaflet" && mkdir -p "$dest/leaflet"
cp node_modules/leaflet/dist/leaflet.js node_modules/leaflet/dist/leaflet.css "$dest/leaflet/"
cp -r node_modules/leaflet/dist/images "$dest/leaflet/images"
sed -i '/^\/\/# sourceMappingURL=/d' "$dest/leaflet/leaflet.js"
cp node_modules/leaflet/LICENSE "$dest/leaflet/LICENSE"
echo "leaflet $LEAFLET" > "$dest/leaflet/VERSIONS"
echo "vendored into $dest"
