-- Owner: notifications. An opt-out skips the person's queued messages of that kind at
-- once: found by recipient and kind rather than by a scan of the outbox every round.
create index ix_notification_message_recipient on notification_message (organisation_id, recipient_id, kind, status);
