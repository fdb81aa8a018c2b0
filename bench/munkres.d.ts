declare module 'munkres-js' {
  /** Pairs [row, column] of a least-cost assignment of a cost matrix. */
  function munkres(matrix: number[][]): [number, number][];
  export = munkres;
}
