# syntax=docker/dockerfile:1
# One image recipe for every service and the gateway; MODULE picks which:
#   docker build --build-arg MODULE=services/plans-service -t virksomhetsplan/plans-service .
#   docker build --build-arg MODULE=gateway -t virksomhetsplan/gateway .
# Stage 0 builds the web app (it goes into the gateway's image) with Node.js, stage 1 builds the
# module with the Maven wrapper (taking the built web app instead of running npm again), stage 2
# splits the Spring Boot jar into its layers, stage 3 is the runtime: a JRE, the layers (least often
# changed first, so a new build of the code reuses the dependency layers), a non-root user.

ARG JAVA_VERSION=17
ARG NODE_VERSION=20

FROM node:${NODE_VERSION}-bookworm-slim AS web
WORKDIR /web
COPY web/frontend/package.json web/frontend/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY web/frontend/ ./
RUN npm run build

FROM eclipse-temurin:${JAVA_VERSION}-jdk AS build
ARG MODULE
WORKDIR /src
COPY . .
COPY --from=web /web/dist web/frontend/dist
RUN --mount=type=cache,target=/root/.m2 \
    test -n "${MODULE}" && test -f "${MODULE}/pom.xml" \
 && ./mvnw -B -ntp -pl "${MODULE}" -am package -DskipTests -Dweb.npm.skip=true \
 && cp "$(ls ${MODULE}/target/*.jar | grep -v -e '-sources' -e '-javadoc' | head -n 1)" /application.jar

FROM eclipse-temurin:${JAVA_VERSION}-jre AS layers
WORKDIR /layers
COPY --from=build /application.jar application.jar
RUN java -Djarmode=tools -jar application.jar extract --layers --launcher --destination extracted

FROM eclipse-temurin:${JAVA_VERSION}-jre
RUN groupadd --system --gid 10001 app \
 && useradd --system --uid 10001 --gid app --home-dir /app --shell /usr/sbin/nologin app
WORKDIR /app
COPY --from=layers /layers/extracted/dependencies/ ./
COPY --from=layers /layers/extracted/spring-boot-loader/ ./
COPY --from=layers /layers/extracted/snapshot-dependencies/ ./
COPY --from=layers /layers/extracted/application/ ./
USER 10001:10001
# The heap follows the container's memory limit; the rest is left for metaspace, threads and
# direct buffers. An OutOfMemoryError ends the process so the orchestrator restarts it.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:InitialRAMPercentage=50 -XX:+ExitOnOutOfMemoryError -XX:+UseG1GC -Djava.security.egd=file:/dev/./urandom"
EXPOSE 8080
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
