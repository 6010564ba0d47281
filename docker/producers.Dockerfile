# planwatch producers: publishes the plan catalogue, statistical releases, project updates, simulated data.
# Build from the repository root:  docker build -f docker/producers.Dockerfile -t planwatch/producers .
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -DskipTests -Dspotless.check.skip=true -Dcheckstyle.skip=true package -pl producers -am

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 planwatch
WORKDIR /opt/planwatch
COPY --from=build /src/producers/target/planwatch-producers.jar ./planwatch-producers.jar
USER planwatch
# Configuration comes only from PLANWATCH_* environment variables.
ENTRYPOINT ["java", "-jar", "/opt/planwatch/planwatch-producers.jar"]
CMD ["--help"]
