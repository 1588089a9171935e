let last = 0;

/**
 * A page-unique element id for ARIA wiring (label for, aria-describedby). Instead of Preact's
 * useId: the in-page sidebar uses no hooks, so the CRM content scripts carry no hooks runtime;
 * nothing here is server-rendered, so ids need not match across renders of another tree.
 */
export const elementId = (prefix: string): string => `${prefix}${++last}`;
