/**
 * Styles of the talking-point components as a string, so both hosts can use them: the popup puts it
 * in a <style> element, the sidebar in its shadow root. Colours keep ≥ 4.5:1 contrast on white.
 */
export const talkingPointsCss = `
.pacer-tp-head { display: flex; gap: 6px; align-items: center; flex-wrap: wrap; }
.pacer-chip { font-size: 11px; padding: 1px 6px; border-radius: 9px; background: #e8eefc; color: #1d3f8f; }
.pacer-chip-challenge { background: #fdecea; color: #8a1c12; }
.pacer-chip-recognition { background: #e6f4ea; color: #1b5e20; }
.pacer-chip-improvement { background: #fff4e0; color: #7a4600; }
.pacer-priority { font-size: 11px; color: #4a4a4a; }
.pacer-priority-high { color: #8a1c12; font-weight: 600; }
.pacer-tp-text { margin: 4px 0; }
.pacer-tp-question { margin: 4px 0; font-style: italic; color: #333; }
.pacer-evidence { display: grid; grid-template-columns: max-content 1fr; gap: 0 8px; margin: 4px 0; font-size: 12px; }
.pacer-evidence div { display: contents; }
.pacer-evidence dt { color: #4a4a4a; }
.pacer-evidence dd { margin: 0; font-variant-numeric: tabular-nums; }
.pacer-tp-deals { margin: 4px 0; padding-left: 18px; font-size: 12px; }
.pacer-deal a { color: #1a4fb5; }
.pacer-deal-details { color: #4a4a4a; }
.pacer-agenda ul { list-style: none; padding: 0; margin: 0; }
.pacer-agenda li { display: flex; gap: 8px; align-items: flex-start; padding: 6px 0; border-bottom: 1px solid #eee; }
.pacer-agenda li input { margin-top: 5px; }
.pacer-agenda-body { flex: 1; min-width: 0; }
.pacer-done .pacer-tp-text { text-decoration: line-through; color: #555; }
.pacer-carried { font-size: 11px; color: #5a4500; margin: 2px 0; }
.pacer-link-button { background: none; border: none; color: #1a4fb5; text-decoration: underline; cursor: pointer; padding: 0; font: inherit; font-size: 12px; }
`;
