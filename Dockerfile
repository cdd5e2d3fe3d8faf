# Production images of Connecting Brussels, built from the repository root:
#   docker build --target cms .            the CMS (Strapi 5 on PostgreSQL)
#   docker build --target site-builder .   builds the static site from the CMS into /site/dist
#   docker build --target site-preview .   the preview server for editors' drafts (site/preview, Node)
#   docker build --target web .            nginx with brotli, serving /site/dist (deploy/nginx.conf)
FROM node:24-bookworm-slim AS dependencies
WORKDIR /app
COPY package.json package-lock.json tsconfig.base.json ./
COPY domain/package.json domain/
COPY search/package.json search/
COPY cms/package.json cms/
COPY site/package.json site/
COPY domain domain
COPY search search
RUN npm ci --no-audit --no-fund

FROM dependencies AS cms
COPY cms cms
ENV NODE_ENV=production
# Intake attachments live outside public/, in their own volume, writable by the node user.
# The sample content (its prose and images) is for local runs and tests only: it is not part of the image.
RUN npm run build -w @cb/cms && rm -rf cms/dist/src/seed cms/src/seed cms/seed \
 && mkdir -p cms/public/uploads /app/private-uploads && chown node:node /app/private-uploads
ENV CMS_SEED=false
WORKDIR /app/cms
EXPOSE 1337
USER node
CMD ["node", "../node_modules/@strapi/strapi/bin/strapi.js", "start"]

FROM dependencies AS site-builder
COPY site site
WORKDIR /app/site
# The served build's compressed files are reused for the files that did not change.
CMD ["sh", "-c", "SITE_PREVIOUS_BUILD_DIR=/site/dist npm run build && rm -rf /site/dist/* && cp -r dist/. /site/dist/"]

# Built when it starts: the build bakes in SITE_URL and the CMS's address of images (seconds, no CMS needed).
FROM dependencies AS site-preview
COPY site site
WORKDIR /app/site
ENV NODE_ENV=production
EXPOSE 4323
CMD ["sh", "-c", "npm run build:preview && exec node preview/dist/server/entry.mjs"]

# Alpine's nginx with its brotli module: sends the .br/.gz files the site build wrote (brotli_static, gzip_static).
# Runs as the unprivileged nginx user, on port 8080.
FROM alpine:3.23 AS web
RUN apk add --no-cache nginx~1.28 nginx-mod-http-brotli~1.28 \
 && sed -i '/^user /d' /etc/nginx/nginx.conf \
 && rm -f /etc/nginx/http.d/default.conf \
 && mkdir -p /run/nginx /usr/share/nginx/html \
 && chown -R nginx:nginx /run/nginx /var/lib/nginx /var/log/nginx \
 && ln -sf /dev/stdout /var/log/nginx/access.log && ln -sf /dev/stderr /var/log/nginx/error.log
COPY deploy/nginx.conf /etc/nginx/http.d/default.conf
USER nginx
EXPOSE 8080
STOPSIGNAL SIGQUIT
CMD ["nginx", "-g", "daemon off;"]
