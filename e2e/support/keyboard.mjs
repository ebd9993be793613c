/**
 * Keyboard-only driving: move the focus with Tab / Shift+Tab until a control has it, checking on the way that
 * every control the focus lands on shows it (a focus ring, or at least a visible outline or box-shadow), and
 * that the target is reachable at all (no keyboard trap, nothing only a mouse can reach).
 */

/** Describes the element that has the focus and whether it is visibly marked (evaluated in the page). */
function focusState(target) {
  const el = document.activeElement;
  if (!el || el === document.body) return { onTarget: false, body: true };
  const style = getComputedStyle(el);
  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
  const shadow = style.boxShadow && style.boxShadow !== 'none';
  const rect = el.getBoundingClientRect();
  const label = el.getAttribute('aria-label') || el.labels?.[0]?.textContent || el.textContent || el.getAttribute('name') || '';
  return {
    onTarget: el === target,
    body: false,
    visible: Boolean(outline || shadow) && rect.width > 0 && rect.height > 0,
    what: `<${el.tagName.toLowerCase()}${el.type ? ` type=${el.type}` : ''}> "${label.trim().replace(/\s+/g, ' ').slice(0, 60)}"`,
  };
}

/**
 * Presses Tab (or Shift+Tab) until `locator` has the focus; fails if it takes more than `max` presses.
 * Every element focused on the way must show the focus visibly.
 */
export async function tabTo(page, locator, what, { backwards = false, max = 120 } = {}) {
  const target = await locator.elementHandle();
  const seen = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const state = await page.evaluate(focusState, target);
    if (!state.body) {
      seen.push(state.what);
      if (!state.visible) throw new Error(`no visible focus on ${state.what} (while tabbing to ${what})`);
    }
    if (state.onTarget) return;
  }
  throw new Error(`${what} not reached with ${max} ${backwards ? 'Shift+Tab' : 'Tab'} presses; focus went through:\n  ${seen.slice(-25).join('\n  ')}`);
}

/** Asserts the focus is on `locator` (moved there by the app, e.g. to a form that opened) and visible. */
export async function expectFocusOn(page, locator, what) {
  const target = await locator.elementHandle();
  await page.waitForFunction((el) => el === document.activeElement, target).catch(() => {
    throw new Error(`expected the keyboard focus on ${what}`);
  });
  const state = await page.evaluate(focusState, target);
  if (!state.visible) throw new Error(`the focus on ${what} is not visible`);
}
