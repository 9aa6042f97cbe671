package org.parley.games.solve.nplayer;

import java.util.List;
import org.parley.games.ExtensiveGame;
import org.parley.games.Infoset;
import org.parley.games.MixedBehaviorProfile;
import org.parley.games.Node;
import org.parley.games.Profile;

/**
 * {@link ResponseSystem} of a tree in the agent form (McKelvey and Palfrey 1998): one block per information
 * set, variables are behaviour probabilities in Gambit's order (player, information set, action). The value
 * of action a at information set h of player i is
 * {@code Q(h,a) = sum_{x in h} mu(x) W_i(child(x,a))}, where {@code W_i(y)} is i's expected payoff from node y
 * on and {@code mu(x)} is the belief: reach probability of x normalised over h (conditional mode, computed
 * from log reach so that deep trees do not underflow), or the reach probability itself (unconditional mode).
 *
 * <p>Derivatives: the belief part contributes through the actions on the paths to the members, the
 * continuation part through every decision below {@code child(x,a)}. Cost O(sum over nodes of depth +
 * sum over decision nodes of subtree size), dense output O(size^2). Work arrays are fields: an instance is
 * made per solver call and used by one thread.
 */
final class AgentResponses extends ResponseSystem {
    private final ExtensiveGame game;
    private final int numNodes;
    private final int players;
    private final int[] parent;
    /** Variable of the action leading to a node, or -1 below chance / at the root. */
    private final int[] edgeVar;
    /** Probability of the chance action leading to a node (1 elsewhere). */
    private final double[] chanceProb;
    private final int[] subtreeEnd;
    private final double[][] terminalPayoff;
    private final boolean[] terminal;
    /** Members of each block (information set) as node indices. */
    private final int[][] members;
    /** Child of member x by action a: children[node][a]. */
    private final int[][] children;
    /** First variable of the block at a personal node, -1 elsewhere. */
    private final int[] nodeVar;
    // work arrays: an instance serves one solver call on one thread
    private final double[] reach;
    private final double[] logReach;
    private final double[] edge;
    private final double[][] w;
    private final double[] rel;
    private final double[] pathWeight;
    private final double[] wt;

    AgentResponses(ExtensiveGame g) {
        super(blockSizes(g), blockOwners(g));
        this.game = g;
        this.players = g.numPlayers();
        List<Node> nodes = g.nodes();
        numNodes = nodes.size();
        parent = new int[numNodes];
        edgeVar = new int[numNodes];
        chanceProb = new double[numNodes];
        subtreeEnd = new int[numNodes];
        terminal = new boolean[numNodes];
        terminalPayoff = new double[numNodes][];
        children = new int[numNodes][];
        nodeVar = new int[numNodes];
        int[][] infosetBlock = new int[players][];
        int b = 0;
        for (int i = 0; i < players; i++) {
            infosetBlock[i] = new int[g.infosets(i).size()];
            for (int h = 0; h < infosetBlock[i].length; h++) {
                infosetBlock[i][h] = b++;
            }
        }
        members = new int[b][];
        for (int i = 0; i < players; i++) {
            for (Infoset h : g.infosets(i)) {
                members[infosetBlock[i][h.index()]] = h.members().stream().mapToInt(Node::index).toArray();
            }
        }
        for (Node x : nodes) {
            int k = x.index();
            Node par = x.parent();
            parent[k] = par == null ? -1 : par.index();
            edgeVar[k] = -1;
            chanceProb[k] = 1.0;
            if (par != null) {
                if (par.kind() == Node.Kind.CHANCE) {
                    chanceProb[k] = x.priorAction().probability().doubleValue();
                } else {
                    edgeVar[k] = start[infosetBlock[par.player().index()][par.infoset().index()]] + x.priorAction().index();
                }
            }
            terminal[k] = x.isTerminal();
            if (terminal[k]) {
                terminalPayoff[k] = new double[players];
                for (int i = 0; i < players; i++) {
                    terminalPayoff[k][i] = g.payoff(x, i);
                }
            }
            children[k] = x.children().stream().mapToInt(Node::index).toArray();
            nodeVar[k] = x.kind() == Node.Kind.PERSONAL ? start[infosetBlock[x.player().index()][x.infoset().index()]] : -1;
        }
        reach = new double[numNodes];
        logReach = new double[numNodes];
        edge = new double[numNodes];
        w = new double[numNodes][players];
        rel = new double[numNodes];
        pathWeight = new double[size];
        int maxMembers = 1;
        for (int[] mem : members) {
            maxMembers = Math.max(maxMembers, mem.length);
        }
        wt = new double[maxMembers];
        // preorder: a subtree is a contiguous range
        for (int k = numNodes - 1; k >= 0; k--) {
            int end = k + 1;
            for (int c : children[k]) {
                end = Math.max(end, subtreeEnd[c]);
            }
            subtreeEnd[k] = end;
        }
    }

    private static int[] blockSizes(ExtensiveGame g) {
        return g.players().stream().flatMap(p -> g.infosets(p.index()).stream()).mapToInt(Infoset::numActions).toArray();
    }

    private static int[] blockOwners(ExtensiveGame g) {
        return g.players().stream().flatMap(p -> g.infosets(p.index()).stream()).mapToInt(h -> h.player().index()).toArray();
    }

    @Override
    ExtensiveGame game() {
        return game;
    }

    @Override
    Profile profile(double[] sigma) {
        return MixedBehaviorProfile.ofDoubleFlat(game, sigma);
    }

    @Override
    void evaluate(double[] sigma, double[] logSigma, boolean conditional, double[] q, double[][] l) {
        for (int k = 0; k < numNodes; k++) {
            int p = parent[k];
            if (p < 0) {
                edge[k] = 1.0;
                reach[k] = 1.0;
                logReach[k] = 0.0;
                continue;
            }
            int v = edgeVar[k];
            edge[k] = v >= 0 ? sigma[v] : chanceProb[k];
            reach[k] = reach[p] * edge[k];
            logReach[k] = logReach[p] + (v >= 0 ? logSigma[v] : Math.log(chanceProb[k]));
        }
        for (int k = numNodes - 1; k >= 0; k--) {
            if (terminal[k]) {
                System.arraycopy(terminalPayoff[k], 0, w[k], 0, players);
                continue;
            }
            double[] wk = w[k];
            java.util.Arrays.fill(wk, 0.0);
            for (int c : children[k]) {
                double e = edge[c];
                if (e != 0.0) {
                    double[] wc = w[c];
                    for (int i = 0; i < players; i++) {
                        wk[i] += e * wc[i];
                    }
                }
            }
        }
        java.util.Arrays.fill(q, 0, size, 0.0);
        if (l != null) {
            for (int k = 0; k < size; k++) {
                java.util.Arrays.fill(l[k], 0, size, 0.0);
            }
        }
        boolean withPathWeight = l != null && conditional;
        for (int b = 0; b < blocks(); b++) {
            int i = owner[b];
            int[] mem = members[b];

            if (conditional) {
                double mx = Double.NEGATIVE_INFINITY;
                for (int x : mem) {
                    mx = Math.max(mx, logReach[x]);
                }
                double tot = 0;
                for (int t = 0; t < mem.length; t++) {
                    wt[t] = mx == Double.NEGATIVE_INFINITY ? 1.0 : Math.exp(logReach[mem[t]] - mx);
                    tot += wt[t];
                }
                for (int t = 0; t < mem.length; t++) {
                    wt[t] /= tot;
                }
            } else {
                for (int t = 0; t < mem.length; t++) {
                    wt[t] = reach[mem[t]];
                }
            }
            if (withPathWeight) {
                java.util.Arrays.fill(pathWeight, 0.0);
            }
            for (int t = 0; t < mem.length; t++) {
                int x = mem[t];
                double mu = wt[t];
                if (mu == 0.0) {
                    continue;
                }
                int[] ch = children[x];
                for (int a = 0; a < ch.length; a++) {
                    int k = start[b] + a;
                    int y = ch[a];
                    double val = mu * w[y][i];
                    q[k] += val;
                    if (l == null) {
                        continue;
                    }
                    double[] row = l[k];
                    // beliefs / reach: actions on the path to x
                    for (int z = x; parent[z] >= 0; z = parent[z]) {
                        if (edgeVar[z] >= 0) {
                            row[edgeVar[z]] += val;
                        }
                    }
                    // continuation: every decision below y
                    rel[y] = 1.0;
                    int end = subtreeEnd[y];
                    for (int z = y; z < end; z++) {
                        if (z != y) {
                            rel[z] = rel[parent[z]] * edge[z];
                        }
                        int v0 = nodeVar[z];
                        if (v0 < 0 || rel[z] == 0.0) {
                            continue;
                        }
                        double f = mu * rel[z];
                        int[] cz = children[z];
                        for (int c = 0; c < cz.length; c++) {
                            double s = sigma[v0 + c];
                            if (s != 0.0) {
                                row[v0 + c] += f * s * w[cz[c]][i];
                            }
                        }
                    }
                }
                if (withPathWeight) {
                    for (int z = x; parent[z] >= 0; z = parent[z]) {
                        if (edgeVar[z] >= 0) {
                            pathWeight[edgeVar[z]] += mu;
                        }
                    }
                }
            }
            if (withPathWeight) {
                for (int k = start[b]; k < start[b + 1]; k++) {
                    double qk = q[k];
                    double[] row = l[k];
                    for (int m = 0; m < size; m++) {
                        if (pathWeight[m] != 0.0) {
                            row[m] -= qk * pathWeight[m];
                        }
                    }
                }
            }
        }
    }
}
