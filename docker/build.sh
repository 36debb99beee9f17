#!/bin/sh
# The image's build step (Dockerfile), run by the nginx e2e suite too (scripts/serve-nginx.sh):
# the production bundle for BASE_PATH, then `.gz` siblings of the hashed assets for nginx's
# gzip_static, made once here instead of on every request (docs/deployment.md).
#
#   BASE_PATH=/assistant-analytics/ sh docker/build.sh [outDir]      (default: dist)
set -eu
OUT="${1:-dist}"
npm run build --silent -- --outDir "$OUT" --emptyOutDir
# Only assets/ is served with gzip_static; index.html is rewritten at container start, so a
# compressed copy of it would go stale. Read from stdin: no name or date in the header, and no
# flag that the Alpine (BusyBox) gzip lacks.
find "$OUT/assets" -type f \( -name '*.js' -o -name '*.css' -o -name '*.svg' -o -name '*.json' \) \
  -exec sh -c 'gzip -9 <"$1" >"$1.gz"' _ {} \;
