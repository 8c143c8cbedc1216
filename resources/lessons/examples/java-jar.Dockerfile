# SPDX-License-Identifier: GPL-3.0-or-later
# Maven builds the jar; a JRE runs it.
FROM maven:3.9-eclipse-temurin-21 AS build
WORKDIR /src
COPY pom.xml .
COPY src ./src
RUN mvn -q package -DskipTests

FROM eclipse-temurin:21-jre AS runtime
WORKDIR /app
COPY --from=build /src/target/app.jar ./app.jar
CMD ["java", "-jar", "app.jar"]
