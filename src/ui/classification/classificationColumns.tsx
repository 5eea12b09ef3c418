import * as React from 'react';
import type { IColumn } from '@fluentui/react/lib/DetailsList';
import { effectiveProfile, formatProfile, reviewStatus } from '../../domain/classification';
import type { StoredClassification } from '../../data/ports/ClassificationRepository';
import type { Strings } from '../strings';
import { reviewText } from './reviewText';

function textCell(text: string): JSX.Element {
  return <span title={text}>{text}</span>;
}

/** The object list's columns. Review state is words, never colour only: "2027-01-15 (försenad)". */
export function classificationColumns(strings: Strings, unitName: (id: string) => string, today: Date): IColumn[] {
  const s = strings.classification;
  return [
    {
      key: 'name',
      name: s.columns.name,
      minWidth: 160,
      maxWidth: 300,
      isResizable: true,
      isRowHeader: true,
      onRender: (o: StoredClassification) => <strong style={{ fontWeight: 600 }}>{o.name}</strong>,
    },
    {
      key: 'kind',
      name: s.columns.kind,
      minWidth: 80,
      maxWidth: 110,
      isResizable: true,
      onRender: (o: StoredClassification) => textCell(s.kinds[o.kind] ?? o.kind),
    },
    {
      key: 'owner',
      name: s.columns.owner,
      minWidth: 160,
      maxWidth: 260,
      isResizable: true,
      onRender: (o: StoredClassification) => textCell(unitName(o.ownerUnitId)),
    },
    {
      key: 'profile',
      name: s.columns.profile,
      minWidth: 110,
      maxWidth: 130,
      isResizable: true,
      onRender: (o: StoredClassification) => textCell(formatProfile(effectiveProfile(o))),
    },
    {
      key: 'status',
      name: s.columns.status,
      minWidth: 80,
      maxWidth: 100,
      isResizable: true,
      onRender: (o: StoredClassification) => textCell(`${s.status[o.status]} (v${o.version})`),
    },
    {
      key: 'nextReview',
      name: s.columns.nextReview,
      minWidth: 150,
      maxWidth: 220,
      isResizable: true,
      onRender: (o: StoredClassification) => textCell(reviewText(strings, o.nextReviewDate, reviewStatus(o, today))),
    },
  ];
}
