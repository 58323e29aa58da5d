# SOP Flow image: built with Maven, run as a non-root user on a JRE, with Spring Boot's class data
# sharing (CDS) recipe for a faster start (docs/operating.md, "Faster start-up").
#   docker build -t sopflow .
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY pom.xml .
RUN mvn -B -q dependency:go-offline
COPY src src
COPY processes processes
RUN mvn -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --home-dir /app sopflow
WORKDIR /app
COPY --from=build /build/target/sopflow-0.1.0-SNAPSHOT.jar /tmp/sopflow.jar
# The jar extracted (application jar + lib/), then one training run that starts the application,
# exits after the context refresh and writes the class archive every start then reads.
RUN java -Djarmode=tools -jar /tmp/sopflow.jar extract --destination /app && rm /tmp/sopflow.jar \
 && java -XX:ArchiveClassesAtExit=/app/application.jsa -Dspring.context.exit=onRefresh -jar /app/sopflow.jar \
      --spring.datasource.url=jdbc:h2:mem:cds-training --logging.level.root=WARN \
 && chown -R sopflow /app
USER sopflow
EXPOSE 8080
ENV JAVA_OPTS="-Xmx512m"
# The office clock: "Jatuh tempo hari ini" in Tasklist ends at midnight of this zone.
ENV TZ=Asia/Jakarta
# Ready, not merely listening: the catalogue deployed, roles, grants and filters made.
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=5 \
  CMD curl -fs http://127.0.0.1:8080/actuator/health/readiness || exit 1
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -XX:SharedArchiveFile=/app/application.jsa -jar /app/sopflow.jar \"$@\"", "--"]
