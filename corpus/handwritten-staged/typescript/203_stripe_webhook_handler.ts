import express, { type Request, type Response } from 'express';
import Stripe from 'stripe';

const stripe = new Stripe(process.env.STRIPE_SECRET_KEY!, { apiVersion: '2024-04-10' });
const endpointSecret: string = process.env.STRIPE_WEBHOOK_SECRET ?? '';

type HandledEvent =
  | 'checkout.session.completed'
  | 'invoice.payment_failed'
  | 'customer.subscription.updated'
  | 'customer.subscription.deleted';

type EventObject<E extends HandledEvent> = E extends 'checkout.session.completed'
  ? Stripe.Checkout.Session
  : E extends 'invoice.payment_failed'
    ? Stripe.Invoice
    : Stripe.Subscription;

type Handlers = { [E in HandledEvent]: (obj: EventObject<E>, event: Stripe.Event) => Promise<void> };

interface BillingStore {
  activate(customerId: string, subscriptionId: string): Promise<void>;
  markPastDue(customerId: string, invoiceId: string): Promise<void>;
  syncPlan(subscriptionId: string, priceId: string, status: Stripe.Subscription.Status): Promise<void>;
  cancel(subscriptionId: string): Promise<void>;
  seen(eventId: string): Promise<boolean>;
}

export function createWebhookRouter(store: BillingStore): express.Router {
  const handlers: Handlers = {
    'checkout.session.completed': async (session) => {
      if (session.mode !== 'subscription' || !session.customer || !session.subscription) return;
      await store.activate(String(session.customer), String(session.subscription));
    },
    'invoice.payment_failed': async (invoice) => {
      if (invoice.customer) await store.markPastDue(String(invoice.customer), invoice.id);
    },
    'customer.subscription.updated': async (sub) => {
      const priceId = sub.items.data[0]?.price.id;
      if (priceId) await store.syncPlan(sub.id, priceId, sub.status);
    },
    'customer.subscription.deleted': async (sub) => {
      await store.cancel(sub.id);
    },
  };

  const isHandled = (type: string): type is HandledEvent => Object.hasOwn(handlers, type);

  const router = express.Router();

  // Stripe needs the raw body to verify the signature.
  router.post('/stripe', express.raw({ type: 'application/json' }), async (req: Request, res: Response) => {
    let event: Stripe.Event;
    try {
      event = stripe.webhooks.constructEvent(req.body as Buffer, req.header('stripe-signature') ?? '', endpointSecret);
    } catch (err) {
      res.status(400).send(`Webhook signature verification failed: ${(err as Error).message}`);
      return;
    }

    if (!isHandled(event.type)) {
      res.json({ received: true, ignored: event.type });
      return;
    }
    if (await store.seen(event.id)) {
      res.json({ received: true, duplicate: true });
      return;
    }

    try {
      const handler = handlers[event.type] as (obj: unknown, e: Stripe.Event) => Promise<void>;
      await handler(event.data.object, event);
      res.json({ received: true });
    } catch (err) {
      console.error(`failed handling ${event.type} ${event.id}`, err);
      res.status(500).json({ received: false });
    }
  });

  return router;
}
