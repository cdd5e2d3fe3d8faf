# Production images of Connecting Brussels, built from the repository root:
#   docker build --target cms .            the CMS (Strapi 5 on PostgreSQL)
#   docker build --target site-builder .   builds the static site from the CMS into /site/dist
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
RUN npm run build -w @cb/cms && mkdir -p cms/public/uploads
WORKDIR /app/cms
EXPOSE 1337
USER node
CMD ["node", "../node_modules/@strapi/strapi/bin/strapi.js", "start"]

FROM dependencies AS site-builder
COPY site site
WORKDIR /app/site
CMD ["sh", "-c", "npm run build && rm -rf /site/dist/* && cp -r dist/. /site/dist/"]
