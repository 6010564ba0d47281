# planwatch streams app: topology, REST API and dashboard on :8080, /metrics for Prometheus.
# The app alone (main io.planwatch.streams.runtime.StreamsMain): no Kafka broker, no registry
# server, no producers in its jar or lib/ (AppImageIT checks the jar and lib/).
# Build from the repository root:  docker build -f docker/app.Dockerfile -t planwatch/streams-app .
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests -Dspotless.check.skip=true -Dcheckstyle.skip=true package -pl streams-app -am

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 planwatch && mkdir -p /var/lib/planwatch/state && chown -R planwatch /var/lib/planwatch
WORKDIR /opt/planwatch
COPY --from=build /src/streams-app/target/planwatch-app.jar ./planwatch-app.jar
COPY --from=build /src/streams-app/target/lib ./lib
USER planwatch
EXPOSE 8080
# Configuration comes only from PLANWATCH_* environment variables.
ENTRYPOINT ["java", "-jar", "/opt/planwatch/planwatch-app.jar"]
