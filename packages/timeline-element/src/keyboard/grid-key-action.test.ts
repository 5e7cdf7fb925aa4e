import { expect } from '@open-wc/testing';
import { layoutPlan } from '@plan-timeline/core';
import { smallPlan } from '../plan-timeline/fixtures.js';
import { gridKeyAction, steppableSpans } from './grid-key-action.js';

const rows = layoutPlan(smallPlan()).rows;
const at = (label: string) => rows.findIndex((r) => r.label === label);
const context = (index: number, span: number | null = null, hasSelection = false) => ({
  rows,
  index,
  span,
  page: 3,
  hasSelection,
});

describe('gridKeyAction', () => {
  it('moves between rows and stops at the ends', () => {
    expect(gridKeyAction('ArrowDown', context(0))).to.deep.equal({ type: 'focus', index: 1, span: null });
    expect(gridKeyAction('ArrowUp', context(0))).to.deep.equal({ type: 'focus', index: 0, span: null });
    expect(gridKeyAction('End', context(0))).to.deep.equal({
      type: 'focus',
      index: rows.length - 1,
      span: null,
    });
    expect(gridKeyAction('Home', context(5))).to.deep.equal({ type: 'focus', index: 0, span: null });
    expect(gridKeyAction('PageDown', context(0))).to.deep.equal({ type: 'focus', index: 3, span: null });
    expect(gridKeyAction('PageDown', context(6))).to.deep.equal({
      type: 'focus',
      index: rows.length - 1,
      span: null,
    });
  });

  it('steps into and along a row’s bars with ArrowRight, and back with ArrowLeft', () => {
    const inner = at('内部情報系');
    expect(steppableSpans(rows[inner]!)).to.deep.equal([0, 1, 2]);
    expect(gridKeyAction('ArrowRight', context(inner))).to.deep.equal({
      type: 'focus',
      index: inner,
      span: 0,
    });
    expect(gridKeyAction('ArrowRight', context(inner, 0))).to.deep.equal({
      type: 'focus',
      index: inner,
      span: 1,
    });
    expect(gridKeyAction('ArrowRight', context(inner, 2))).to.deep.equal({
      type: 'focus',
      index: inner,
      span: 2,
    });
    expect(gridKeyAction('ArrowLeft', context(inner, 1))).to.deep.equal({
      type: 'focus',
      index: inner,
      span: 0,
    });
    expect(gridKeyAction('ArrowLeft', context(inner, 0))).to.deep.equal({
      type: 'focus',
      index: inner,
      span: null,
    });
  });

  it('collapses an expanded row, goes to the parent, expands a collapsed row', () => {
    const parent = at('財政健全化へ向けた取組の推進');
    expect(gridKeyAction('ArrowLeft', context(parent))).to.deep.equal({ type: 'collapse', index: parent });
    expect(gridKeyAction('ArrowLeft', context(at('市債の適切な管理')))).to.deep.equal({
      type: 'focus',
      index: parent,
      span: null,
    });
    const collapsed = layoutPlan(smallPlan(), { collapsed: ['item:1'] }).rows;
    expect(gridKeyAction('ArrowRight', { ...context(0), rows: collapsed })).to.deep.equal({
      type: 'expand',
      index: 0,
    });
  });

  it('goes to the first child with ArrowRight on an expanded row without bars', () => {
    const system = at('総合行政情報システムの最適化、クラウド化、共同調達');
    expect(gridKeyAction('ArrowRight', context(system))).to.deep.equal({
      type: 'focus',
      index: system + 1,
      span: null,
    });
  });

  it('selects with Enter or Space, with the focused bar’s span', () => {
    const inner = at('内部情報系');
    expect(gridKeyAction('Enter', context(inner))).to.deep.equal({ type: 'select', serial: 38, span: null });
    expect(gridKeyAction(' ', context(inner, 1))).to.deep.equal({ type: 'select', serial: 38, span: 1 });
  });

  it('toggles a group with Enter and clears the selection with Escape', () => {
    const groups = layoutPlan(smallPlan(), { groupBy: 'department' }).rows;
    expect(gridKeyAction('Enter', { ...context(0), rows: groups })).to.deep.equal({
      type: 'toggle',
      index: 0,
    });
    expect(gridKeyAction('Escape', context(0, null, true))).to.deep.equal({ type: 'clear-selection' });
    expect(gridKeyAction('Escape', context(0))).to.deep.equal({ type: 'none' });
    expect(gridKeyAction('x', context(0))).to.deep.equal({ type: 'none' });
  });
});
