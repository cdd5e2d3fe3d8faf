import type * as React from 'react';

/**
 * What a page prints: only what is inside the print area, on white, without the admin's menus, and
 * without what is marked `cb-no-print` (buttons, forms). The admin's own layout is left as it is.
 */
const PRINT_CSS = `
@media print {
  @page { margin: 16mm; }
  body * { visibility: hidden; }
  #cb-print-area, #cb-print-area * { visibility: visible; }
  #cb-print-area { position: absolute; inset: 0 auto auto 0; width: 100%; }
  #cb-print-area .cb-no-print { display: none !important; }
  #cb-print-area section { box-shadow: none !important; break-inside: avoid; border: 1px solid #ccc; margin-bottom: 6mm; }
  #cb-print-area * { color: #000 !important; background: #fff !important; }
}
`;

export function PrintArea({ children }: { children: React.ReactNode }) {
  return (
    <div id="cb-print-area">
      <style>{PRINT_CSS}</style>
      {children}
    </div>
  );
}
