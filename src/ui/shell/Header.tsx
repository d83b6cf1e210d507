// Page header: the name, what it is, and how many cores this machine offers.

export function Header() {
  const cores = typeof navigator === 'undefined' ? 0 : navigator.hardwareConcurrency;
  return (
    <header className="header">
      <div className="brand">
        <svg className="logo" viewBox="0 0 32 32" aria-hidden="true">
          <rect width="32" height="32" rx="7" fill="var(--accent)" />
          <path d="M6 11h14M6 21h14" stroke="var(--accent-text)" strokeWidth="3" strokeLinecap="round" />
          <path d="M20 11l6 5-6 5" fill="none" stroke="#ffb347" strokeWidth="3" strokeLinecap="round" strokeLinejoin="round" />
        </svg>
        <div>
          <h1 className="title">RaceLab</h1>
          <p className="tagline">Threads sharing data, for real</p>
        </div>
      </div>
      <nav aria-label="Labs" className="labs">
        <a className="lab-tab" aria-current="page" href="?lab=counter">
          Counter
        </a>
      </nav>
      {cores > 0 && (
        <p className="cores" title="Logical cores reported by this browser">
          {cores} {cores === 1 ? 'core' : 'cores'}
        </p>
      )}
    </header>
  );
}
