# SOP Flow image: built with Maven, run as a non-root user on a JRE.
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
COPY --from=build /build/target/sopflow-*.jar /app/sopflow.jar
USER sopflow
EXPOSE 8080
ENV JAVA_OPTS="-Xmx512m"
# The office clock: "Jatuh tempo hari ini" in Tasklist ends at midnight of this zone.
ENV TZ=Asia/Jakarta
HEALTHCHECK --interval=15s --timeout=5s --start-period=90s --retries=5 \
  CMD curl -fs http://127.0.0.1:8080/actuator/health || exit 1
ENTRYPOINT ["sh", "-c", "exec java $JAVA_OPTS -jar /app/sopflow.jar \"$@\"", "--"]
