# The portal as a container image (used by docker-compose.yml, which also runs PostgreSQL).
# The container needs ConnectionStrings__Portal: the private PostgreSQL launcher the run command
# uses (docs/decisions/002-local-postgresql-launcher.md) has no server binaries in this image.

ARG NODE_VERSION=24

# 1. Front-end libraries from npm, exactly as package-lock.json pins them. The web project's build
#    runs `npm ci` itself only when node_modules is missing or lacks a listed file, so with this copy the SDK
#    image needs no Node.
FROM node:${NODE_VERSION}-slim AS frontend
WORKDIR /src/src/WorkwaysPortal.Web
COPY src/WorkwaysPortal.Web/package.json src/WorkwaysPortal.Web/package-lock.json ./
RUN npm ci --no-audit --no-fund

# 2. Restore (cached while the project files do not change), then publish the web project.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/WorkwaysPortal.Domain/WorkwaysPortal.Domain.csproj src/WorkwaysPortal.Domain/
COPY src/WorkwaysPortal.Data/WorkwaysPortal.Data.csproj src/WorkwaysPortal.Data/
COPY src/WorkwaysPortal.Documents/WorkwaysPortal.Documents.csproj src/WorkwaysPortal.Documents/
COPY src/WorkwaysPortal.Localization/WorkwaysPortal.Localization.csproj src/WorkwaysPortal.Localization/
COPY src/WorkwaysPortal.Web/WorkwaysPortal.Web.csproj src/WorkwaysPortal.Web/
RUN dotnet restore src/WorkwaysPortal.Web/WorkwaysPortal.Web.csproj
COPY src/WorkwaysPortal.Domain/ src/WorkwaysPortal.Domain/
COPY src/WorkwaysPortal.Data/ src/WorkwaysPortal.Data/
COPY src/WorkwaysPortal.Documents/ src/WorkwaysPortal.Documents/
COPY src/WorkwaysPortal.Localization/ src/WorkwaysPortal.Localization/
COPY src/WorkwaysPortal.Web/ src/WorkwaysPortal.Web/
COPY --from=frontend /src/src/WorkwaysPortal.Web/node_modules/ src/WorkwaysPortal.Web/node_modules/
RUN dotnet publish src/WorkwaysPortal.Web/WorkwaysPortal.Web.csproj -c Release -o /app --no-restore

# 3. The runtime image: ASP.NET Core only, running as the image's non-root `app` user.
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# Writable by `app`: the Production log files (logs/portal-*.json). The Data Protection keys
# (sign-in cookies, tokens) are kept in PostgreSQL, so the container holds no state of its own.
RUN mkdir -p /app/logs \
    && chown -R "$APP_UID:$APP_UID" /app/logs
USER $APP_UID
# ASPNETCORE_HTTP_PORTS (set by the base image) is cleared so that ASPNETCORE_URLS alone decides.
ENV ASPNETCORE_URLS=http://+:8080 \
    ASPNETCORE_HTTP_PORTS="" \
    ASPNETCORE_ENVIRONMENT=Production
EXPOSE 8080
# Healthy when the portal answers /health/ready (which checks the database). The image has no curl,
# so bash's /dev/tcp makes the request.
HEALTHCHECK --interval=30s --timeout=5s --start-period=60s --retries=3 \
    CMD ["bash", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080 && printf 'GET /health/ready HTTP/1.0\\r\\nHost: localhost\\r\\n\\r\\n' >&3 && head -n 1 <&3 | grep -q ' 200 '"]
ENTRYPOINT ["dotnet", "WorkwaysPortal.Web.dll"]
