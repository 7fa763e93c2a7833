MVN ?= ./mvnw -B -ntp

package:
	$(MVN) -DskipTests package
test:
	$(MVN) verify
run: package
	java -jar target/*-SNAPSHOT.jar --spring.profiles.active=dev
.PHONY: package test run
