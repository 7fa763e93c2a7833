class TrieNode {
    readonly children = new Map<string, TrieNode>();
    terminal = false;
    weight = 0;
}

export interface Suggestion {
    word: string;
    weight: number;
}

export class Autocomplete {
    private readonly root = new TrieNode();
    private count = 0;

    get size(): number {
        return this.count;
    }

    insert(word: string, weight: number = 1): void {
        let node = this.root;
        for (const ch of word.toLowerCase()) {
            let next = node.children.get(ch);
            if (!next) {
                next = new TrieNode();
                node.children.set(ch, next);
            }
            node = next;
        }
        if (!node.terminal) this.count++;
        node.terminal = true;
        node.weight += weight;
    }

    has(word: string): boolean {
        return this.find(word.toLowerCase())?.terminal ?? false;
    }

    suggest(prefix: string, limit = 5): Suggestion[] {
        const start = this.find(prefix.toLowerCase());
        if (!start) return [];
        const out: Suggestion[] = [];
        const stack: Array<[TrieNode, string]> = [[start, prefix.toLowerCase()]];
        while (stack.length > 0) {
            const [node, acc] = stack.pop()!;
            if (node.terminal) out.push({ word: acc, weight: node.weight });
            for (const [ch, child] of node.children) stack.push([child, acc + ch]);
        }
        return out
            .sort((a, b) => b.weight - a.weight || a.word.localeCompare(b.word))
            .slice(0, limit);
    }

    private find(prefix: string): TrieNode | undefined {
        let node: TrieNode | undefined = this.root;
        for (const ch of prefix) {
            node = node.children.get(ch);
            if (!node) return undefined;
        }
        return node;
    }
}

const ac = new Autocomplete();
(['type', 'typeof', 'typescript', 'tuple', 'try', 'typescript'] as const).forEach((w) => ac.insert(w));
console.log(ac.suggest('ty'));
