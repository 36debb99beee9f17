# The dashboard's image, on HomePort's conventions (docs/deployment.md): a Node 20 build stage,
# an unprivileged nginx on port 8080. Every step is a script in docker/ that the nginx e2e suite
# runs too (scripts/serve-nginx.sh), so this file only puts them together.
#
#   docker build --build-arg BASE_PATH=/assistant-analytics/ -t waldur-assistant-analytics .
#   docker run -p 8080:8080 -e API_URL=https://waldur.example.org/ waldur-assistant-analytics
ARG NODE_IMAGE=docker.io/library/node:20-alpine
ARG NGINX_IMAGE=docker.io/nginxinc/nginx-unprivileged:stable-alpine

FROM ${NODE_IMAGE} AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
ARG BASE_PATH=/
RUN BASE_PATH="$BASE_PATH" sh docker/build.sh dist

FROM ${NGINX_IMAGE}
ARG BASE_PATH=/
USER root
COPY --from=build --chown=101:0 /app/dist /usr/share/nginx/html${BASE_PATH}
COPY --chown=101:0 docker/nginx.conf.template /etc/nginx/assistant-analytics.conf.template
COPY --chown=101:0 docker/entrypoint.sh /docker-entrypoint-assistant-analytics.sh
# Any user id in group 0 (OpenShift) may write index.html at start, as uid 101 may.
RUN chmod -R g=u /usr/share/nginx/html && chmod 0755 /docker-entrypoint-assistant-analytics.sh
USER 101
ENV BASE_PATH=${BASE_PATH} \
    API_URL="" \
    CSP_CONNECT_SRC="" \
    API_UPSTREAM="" \
    PORT=8080
EXPOSE 8080
ENTRYPOINT ["/docker-entrypoint-assistant-analytics.sh"]
