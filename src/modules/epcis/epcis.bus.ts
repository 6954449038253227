/** Bus channel: events were stored (a capture, a recall told as events); the webhook dispatcher looks at once. */
export const EPCIS_EVENTS_RECORDED = 'epcis.events.recorded';
