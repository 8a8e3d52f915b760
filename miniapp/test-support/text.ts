import type { MatcherFunction } from '@testing-library/react';

/**
 * Finds the element that holds `text` whole where its words are elements of their own (a <Phrases>:
 * 发布机构：金华市婺城区人民政府办公室 as 发布机构： | 金华 | 市 | …), as getByText finds plain words.
 */
export const phrased =
  (text: string): MatcherFunction =>
  (_, element) =>
    element?.textContent === text && !Array.from(element.children).some((child) => child.textContent === text);
