export type NodeId = string;
export type Graph = ReadonlyMap<NodeId, ReadonlyArray<readonly [to: NodeId, weight: number]>>;

export interface PathResult {
  distance: number;
  path: NodeId[];
}

/** Dijkstra with a simple array-based frontier; fine for a few thousand nodes. */
export function shortestPath(graph: Graph, source: NodeId, target: NodeId): PathResult | null {
  const dist = new Map<NodeId, number>([[source, 0]]);
  const prev = new Map<NodeId, NodeId>();
  const visited = new Set<NodeId>();
  const frontier: NodeId[] = [source];

  while (frontier.length > 0) {
    let bestIdx = 0;
    for (let i = 1; i < frontier.length; i++) {
      if (dist.get(frontier[i])! < dist.get(frontier[bestIdx])!) bestIdx = i;
    }
    const current = frontier.splice(bestIdx, 1)[0]!;
    if (visited.has(current)) continue;
    visited.add(current);
    if (current === target) break;

    for (const [next, w] of graph.get(current) ?? []) {
      if (w < 0) throw new Error(`negative edge ${current} -> ${next}`);
      const candidate = dist.get(current)! + w;
      if (candidate < (dist.get(next) ?? Infinity)) {
        dist.set(next, candidate);
        prev.set(next, current);
        frontier.push(next);
      }
    }
  }

  if (!dist.has(target)) return null;
  const path: NodeId[] = [];
  for (let at: NodeId | undefined = target; at !== undefined; at = prev.get(at)) path.unshift(at);
  return { distance: dist.get(target)!, path };
}

export function graphFromEdges(edges: Iterable<[NodeId, NodeId, number]>, undirected = false): Graph {
  const g = new Map<NodeId, Array<readonly [NodeId, number]>>();
  const add = (a: NodeId, b: NodeId, w: number) => {
    if (!g.has(a)) g.set(a, []);
    g.get(a)!.push([b, w] as const);
  };
  for (const [a, b, w] of edges) {
    add(a, b, w);
    if (undirected) add(b, a, w);
  }
  return g;
}

const metro = graphFromEdges(
  [
    ['A', 'B', 4],
    ['A', 'C', 2],
    ['C', 'B', 1],
    ['B', 'D', 5],
    ['C', 'D', 8],
    ['D', 'E', 3],
  ],
  true,
);
console.log(shortestPath(metro, 'A', 'E')); // { distance: 11, path: ['A','C','B','D','E'] }
