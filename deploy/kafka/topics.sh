#!/bin/sh
# GENERATED from the topic catalogue (contracts: Topics.all()) by
# com.marketplace.aftersales.deploy.TopicManifests. Do not edit by hand: change the catalogue, then run
#   ./mvnw -q -f deploy/pom.xml compile exec:java@topics
#
# Creates every topic of the suite that does not exist yet. Running it again is harmless, but note that
# --if-not-exists never changes a topic that already exists (partitions, configuration): alter those with
# kafka-configs.sh, or recreate them on an empty cluster.
#
# Environment:
#   KAFKA_BOOTSTRAP_SERVERS     broker to talk to                 (default kafka:9092, the Compose broker)
#   TOPIC_REPLICATION_FACTOR    replicas of each partition        (default 1 for one broker; production: 3)
#   TOPIC_MIN_INSYNC_REPLICAS   min.insync.replicas of each topic (default 1 for one broker; production: 2)
#   KAFKA_TOPICS                the kafka-topics.sh tool          (default /opt/kafka/bin/kafka-topics.sh)
set -eu

BOOTSTRAP="${KAFKA_BOOTSTRAP_SERVERS:-kafka:9092}"
RF="${TOPIC_REPLICATION_FACTOR:-1}"
MIN_ISR="${TOPIC_MIN_INSYNC_REPLICAS:-1}"
KAFKA_TOPICS="${KAFKA_TOPICS:-/opt/kafka/bin/kafka-topics.sh}"

echo "Creating 13 topics on $BOOTSTRAP (replication factor $RF, min.insync.replicas $MIN_ISR)"

# commerce.orders.v1 (external, written by orders): The orders team's orders, key = order id; intake keeps a replica.
"$KAFKA_TOPICS" --bootstrap-server "$BOOTSTRAP" --create --if-not-exists \
  --topic commerce.orders.v1 --partitions 6 --replication-factor "$RF" \
  --config min.insync.replicas="$MIN_ISR" \
  --config cleanup.policy=compact

# aftersales.intake.v1 (lifecycle, written by intake-service): Requests, evidence, reviews, the conversation and withdrawals.
"$KAFKA_TOPICS" --bootstrap-server "$BOOTSTRAP" --create --if-not-exists \
  --topic aftersales.intake.v1 --partitions 6 --replication-factor "$RF" \
  --config min.insync.replicas="$MIN_ISR" \
  --config cleanup.policy=delete \
  --config retention.ms=65750400000

# aftersales.diagnosis.v1 (lifecycle, written by diagnosis-service): Classification, assignment, risk, merchant verification, disputes and the decided remedy.
"$KAFKA_TOPICS" --bootstrap-server "$BOOTSTRAP" --create --if-not-exists \
  --topic aftersales.diagnosis.v1 --partitions 6 --replication-factor "$RF" \
  --config min.insync.replicas="$MIN_ISR" \
  --config cleanup.policy=delete \
  --config retention.ms=65750400000

# aftersales.fulfillment.v1 (lifecycle, written by fulfillment-service): Execution of the remedy: returns, inspection, refunds, replacements, repairs, compensation.
"$KAFKA_TOPICS" --bootstrap-server "$BOOTSTRAP" --create --if-not-exists \
  --topic aftersales.fulfillment.v1 --partitions 6 --replication-factor "$RF" \
  --config min.insync.replicas="$MIN_ISR" \
  --config cleanup.policy=delete \
  --config retention.ms=65750400000

# aftersales.feedback.v1 (lifecycle, written by feedback-service): Ratings, follow-ups of negative reviews, complaints, closing, archiving and purging.
"$KAFKA_TOPICS" --bootstrap-server "$BOOTSTRAP" --create --if-not-exists \
  --topic aftersales.feedback.v1 --partitions 6 --replication-factor "$RF" \
  --config min.insync.replicas="$MIN_ISR" \
  --config cleanup.policy=delete \
  --config retention.ms=65750400000

# aftersales.sla.v1 (lifecycle, written by sla-monitor): Deadline clocks, warnings, breaches and deadline actions.
"$KAFKA_TOPICS" --bootstrap-server "$BOOTSTRAP" --create --if-not-exists \
  --topic aftersales.sla.v1 --partitions 6 --replication-factor "$RF" \
  --config min.insync.replicas="$MIN_ISR" \
  --config cleanup.policy=delete \
  --config retention.ms=65750400000

# aftersales.notifications.v1 (lifecycle, written by case-view): Requests to the messaging team to notify a customer, merchant or staff member.
"$KAFKA_TOPICS" --bootstrap-server "$BOOTSTRAP" --create --if-not-exists \
  --topic aftersales.notifications.v1 --partitions 6 --replication-factor "$RF" \
  --config min.insync.replicas="$MIN_ISR" \
  --config cleanup.policy=delete \
  --config retention.ms=65750400000

# aftersales.intake-service.dlt (dead-letter, written by intake-service): Records intake-service could not process.
"$KAFKA_TOPICS" --bootstrap-server "$BOOTSTRAP" --create --if-not-exists \
  --topic aftersales.intake-service.dlt --partitions 1 --replication-factor "$RF" \
  --config min.insync.replicas="$MIN_ISR" \
  --config cleanup.policy=delete \
  --config retention.ms=2592000000

# aftersales.diagnosis-service.dlt (dead-letter, written by diagnosis-service): Records diagnosis-service could not process.
"$KAFKA_TOPICS" --bootstrap-server "$BOOTSTRAP" --create --if-not-exists \
  --topic aftersales.diagnosis-service.dlt --partitions 1 --replication-factor "$RF" \
  --config min.insync.replicas="$MIN_ISR" \
  --config cleanup.policy=delete \
  --config retention.ms=2592000000

# aftersales.fulfillment-service.dlt (dead-letter, written by fulfillment-service): Records fulfillment-service could not process.
"$KAFKA_TOPICS" --bootstrap-server "$BOOTSTRAP" --create --if-not-exists \
  --topic aftersales.fulfillment-service.dlt --partitions 1 --replication-factor "$RF" \
  --config min.insync.replicas="$MIN_ISR" \
  --config cleanup.policy=delete \
  --config retention.ms=2592000000

# aftersales.feedback-service.dlt (dead-letter, written by feedback-service): Records feedback-service could not process.
"$KAFKA_TOPICS" --bootstrap-server "$BOOTSTRAP" --create --if-not-exists \
  --topic aftersales.feedback-service.dlt --partitions 1 --replication-factor "$RF" \
  --config min.insync.replicas="$MIN_ISR" \
  --config cleanup.policy=delete \
  --config retention.ms=2592000000

# aftersales.sla-monitor.dlt (dead-letter, written by sla-monitor): Records sla-monitor could not process.
"$KAFKA_TOPICS" --bootstrap-server "$BOOTSTRAP" --create --if-not-exists \
  --topic aftersales.sla-monitor.dlt --partitions 1 --replication-factor "$RF" \
  --config min.insync.replicas="$MIN_ISR" \
  --config cleanup.policy=delete \
  --config retention.ms=2592000000

# aftersales.case-view.dlt (dead-letter, written by case-view): Records case-view could not process.
"$KAFKA_TOPICS" --bootstrap-server "$BOOTSTRAP" --create --if-not-exists \
  --topic aftersales.case-view.dlt --partitions 1 --replication-factor "$RF" \
  --config min.insync.replicas="$MIN_ISR" \
  --config cleanup.policy=delete \
  --config retention.ms=2592000000

echo "Topics are in place:"
"$KAFKA_TOPICS" --bootstrap-server "$BOOTSTRAP" --list
