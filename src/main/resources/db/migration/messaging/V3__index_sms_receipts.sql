-- A message's receipts are read each time one of them comes: without this index every
-- receipt scanned all of them. The unreadable ones are listed to administrators.
CREATE INDEX sms_receipt_message ON messaging.sms_receipt (sms_id, part);
CREATE INDEX sms_receipt_malformed ON messaging.sms_receipt (received_at DESC) WHERE NOT well_formed;
