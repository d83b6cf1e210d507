// Switches the page to another lab in place, with a history entry so Back returns (as the lab tabs do).

export function navigateInPlace(search: string, apply: () => void): void {
  history.pushState(history.state, '', `${location.pathname}?${search}${location.hash}`);
  apply();
  scrollTo({ top: 0 });
}
