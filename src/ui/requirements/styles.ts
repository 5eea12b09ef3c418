import type * as React from 'react';

export const tableStyle: React.CSSProperties = { borderCollapse: 'collapse', width: '100%', margin: '4px 0 16px' };
export const cellStyle: React.CSSProperties = { textAlign: 'left', verticalAlign: 'top', padding: '6px 8px', borderBottom: '1px solid rgba(128,128,128,0.35)' };
export const headerCellStyle: React.CSSProperties = { ...cellStyle, fontWeight: 600 };
export const viewTitleStyle: React.CSSProperties = { fontSize: 24, fontWeight: 600, margin: '0 0 4px' };
export const toolbarStyle: React.CSSProperties = { display: 'flex', flexWrap: 'wrap', gap: 8, alignItems: 'flex-end', margin: '8px 0' };
