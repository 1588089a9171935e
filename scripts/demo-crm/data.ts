/**
 * The cast of the demo CRM. Every company and person is invented. One rep has a zh-TW name so
 * the UIs are exercised with CJK text from the first run.
 */
export interface DemoRep {
  name: string;
  /** How often this rep wins a closed deal; reps differ so talking points have something to say. */
  winRate: number;
  /** Relative deal volume. */
  weight: number;
}

export const DEMO_REPS: readonly DemoRep[] = [
  { name: '陳美玲', winRate: 0.52, weight: 1.2 },
  { name: 'Daniel Weber', winRate: 0.38, weight: 1 },
  { name: 'Aiko Tanaka', winRate: 0.47, weight: 0.9 },
  { name: 'Marcus Johnson', winRate: 0.31, weight: 1.1 },
  { name: 'Priya Raman', winRate: 0.58, weight: 0.8 },
];

export type DemoCurrency = 'USD' | 'EUR' | 'TWD' | 'JPY';

export interface DemoAccount {
  name: string;
  currency: DemoCurrency;
}

/** Accounts repeat across deals (renewals, expansions), which feeds new vs repeat customers. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  ...[
    'Northwind Analytics', 'Bluefin Logistics', 'Cedar Point Health', 'Harborview Bank', 'Summit Ridge Outdoor',
    'Lumen Grid Energy', 'Copperline Media', 'Redwood Legal Group', 'Brightwater Foods', 'Atlas Freightways',
    'Pinecrest Schools', 'Quarry Lane Builders', 'Silverleaf Insurance', 'Tidewater Marine', 'Oakmont Retail',
    'Keystone Robotics', 'Meridian Clinics', 'Granite Peak Software', 'Falcon Aerostructures', 'Ironbridge Capital',
    'Willow Creek Dairy', 'Beacon Street Hotels', 'Prairie Wind Farms', 'Driftwood Studios',
  ].map((name) => ({ name, currency: 'USD' as const })),
  ...[
    'Vellinga Bouw B.V.', 'Müller & Söhne Maschinenbau', 'Lumière Cosmétiques', 'Nordlys Shipping', 'Ferreira Têxteis',
    'Bergmann Pharma', 'Calloway Rail Europe', 'Sørensen Design',
  ].map((name) => ({ name, currency: 'EUR' as const })),
  ...['台灣晶光科技', '和平醫療器材', '新竹精密機械', 'Formosa Green Tea', '高雄港運物流', '永豐食品'].map((name) => ({
    name,
    currency: 'TWD' as const,
  })),
  ...['株式会社さくら電機', '北斗システムズ', 'Kansai Precision', '青葉物産', 'Osaka Bay Foods'].map((name) => ({
    name,
    currency: 'JPY' as const,
  })),
];

export const DEMO_PRODUCTS = [
  'Platform subscription', 'Annual renewal', 'Seat expansion', 'Analytics add-on', 'Onboarding services',
  'Enterprise upgrade', 'Pilot', 'Support plan', 'Data migration', 'Multi-year agreement',
] as const;

/** The demo CRM's stage path, with the default probability each stage shows. */
export const DEMO_STAGES = [
  { label: 'Prospecting', probability: 10 },
  { label: 'Qualification', probability: 20 },
  { label: 'Proposal', probability: 50 },
  { label: 'Negotiation', probability: 75 },
  { label: 'Closed Won', probability: 100 },
  { label: 'Closed Lost', probability: 0 },
] as const;
export type DemoStage = (typeof DEMO_STAGES)[number]['label'];
export const OPEN_STAGES = ['Prospecting', 'Qualification', 'Proposal', 'Negotiation'] as const;

/** A deal size range per currency, roughly comparable in value (TWD ≈ ×32, JPY ≈ ×150 of USD). */
export const AMOUNT_RANGE: Record<DemoCurrency, { min: number; max: number; step: number }> = {
  USD: { min: 4_000, max: 180_000, step: 500 },
  EUR: { min: 4_000, max: 160_000, step: 500 },
  TWD: { min: 120_000, max: 5_500_000, step: 10_000 },
  JPY: { min: 600_000, max: 25_000_000, step: 50_000 },
};

/** Rates the demo backup carries (units of USD per unit), typed in by a user, never fetched. */
export const DEMO_FX_RATES: Record<Exclude<DemoCurrency, 'USD'>, number> = { EUR: 1.08, TWD: 0.031, JPY: 0.0067 };
