// Maximum bipartite matching, so that one prediction that fits two gold entries cannot block a
// second, correct prediction from being counted.

/**
 * Augmenting paths (Kuhn's algorithm). `options[i]` lists the right-hand indices that left i may
 * take, in order of preference; returns for each left index its right index, or -1.
 * Inputs are a few dozen entries per article, so the O(V·E) bound does not matter.
 */
export function maximumMatching(options: readonly (readonly number[])[], rightCount: number): number[] {
  const ownerOfRight: number[] = new Array(rightCount).fill(-1);
  const rightOfLeft: number[] = new Array(options.length).fill(-1);
  const augment = (left: number, visited: boolean[]): boolean => {
    for (const right of options[left] ?? []) {
      if (visited[right]) continue;
      visited[right] = true;
      const owner = ownerOfRight[right] ?? -1;
      if (owner < 0 || augment(owner, visited)) {
        ownerOfRight[right] = left;
        rightOfLeft[left] = right;
        return true;
      }
    }
    return false;
  };
  for (let left = 0; left < options.length; left++) augment(left, new Array(rightCount).fill(false));
  return rightOfLeft;
}
