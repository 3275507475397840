// What a provider's WebSocket says on its own, in its documented shapes: on open, and in answer
// to a client's (un)subscribe or auth message. The figures are the test's to publish.

/** Sent as soon as a socket opens. */
export function providerGreeting(provider) {
  if (provider === 'polygon') return [[{ ev: 'status', status: 'connected', message: 'Connected Successfully' }]];
  return [];
}

/** The answer to one client message; nothing for messages the provider would not answer. */
export function providerReceipt(provider, message) {
  switch (provider) {
    case 'binance':
      return typeof message?.method === 'string' ? [{ result: null, id: message.id }] : [];
    case 'coinbase':
      if (message?.type !== 'subscribe') return [];
      return [{ type: 'subscriptions', channels: [{ name: 'ticker', product_ids: message.product_ids }] }];
    case 'polygon':
      if (message?.action === 'auth') return [[{ ev: 'status', status: 'auth_success', message: 'authenticated' }]];
      if (message?.action === 'subscribe') {
        return [[{ ev: 'status', status: 'success', message: `subscribed to: ${message.params}` }]];
      }
      return [];
    default:
      // Finnhub does not acknowledge subscriptions; its pings come on their own.
      return [];
  }
}
