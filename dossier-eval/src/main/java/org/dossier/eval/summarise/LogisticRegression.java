package org.dossier.eval.summarise;

import java.util.List;

/**
 * Weighted, L2-regularised logistic regression fitted by Newton's method: small, exact and deterministic, which is
 * all a model of a dozen features needs.
 *
 * <p>It minimises {@code sum_i w_i * logloss(y_i, sigmoid(b . x_i)) + lambda/2 * |b|^2} (the first coefficient, the
 * bias, is not penalised). Each Newton step solves {@code H d = g} with the gradient {@code g} and Hessian
 * {@code H = sum_i w_i p_i (1 - p_i) x_i x_i^T + lambda I}; the loss is convex, so a few steps reach the
 * optimum from zero. No random initialisation, no learning rate, so the same data always gives the same model.
 */
public final class LogisticRegression {
    private static final int MAX_STEPS = 30;
    private static final double TOLERANCE = 1e-9;

    /**
     * One training example.
     *
     * @param features its feature vector (the first entry is the constant 1 of the bias)
     * @param label    the target probability: 1 for a positive example, 0 for a negative, or in between (a
     *                 soft label, such as the fraction of references that contain a concept)
     * @param weight   how much it counts in the loss
     */
    public record Example(double[] features, double label, double weight) {
    }

    private LogisticRegression() {
    }

    /** The coefficients minimising the weighted, penalised log loss over {@code examples}. */
    public static double[] fit(List<Example> examples, int features, double lambda) {
        double[] beta = new double[features];
        for (int step = 0; step < MAX_STEPS; step++) {
            double[] gradient = new double[features];
            double[][] hessian = new double[features][features];
            for (Example e : examples) {
                double[] x = e.features();
                double p = sigmoid(dot(beta, x));
                double residual = e.weight() * (p - e.label());
                double curvature = e.weight() * p * (1 - p);
                for (int i = 0; i < features; i++) {
                    gradient[i] += residual * x[i];
                    double cx = curvature * x[i];
                    for (int j = 0; j <= i; j++) {
                        hessian[i][j] += cx * x[j];
                    }
                }
            }
            for (int i = 0; i < features; i++) {
                for (int j = 0; j < i; j++) {
                    hessian[j][i] = hessian[i][j];
                }
                if (i > 0) {
                    gradient[i] += lambda * beta[i];
                    hessian[i][i] += lambda;
                } else {
                    hessian[i][i] += 1e-9; // keeps the system solvable when a feature never varies
                }
            }
            double[] delta = solve(hessian, gradient);
            double change = 0;
            for (int i = 0; i < features; i++) {
                beta[i] -= delta[i];
                change = Math.max(change, Math.abs(delta[i]));
            }
            if (change < TOLERANCE) {
                break;
            }
        }
        return beta;
    }

    static double sigmoid(double z) {
        return 1 / (1 + Math.exp(-z));
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    /** Solves {@code a x = b} by Gaussian elimination with partial pivoting (a and b are left unchanged). */
    static double[] solve(double[][] a, double[] b) {
        int n = b.length;
        double[][] m = new double[n][n + 1];
        for (int i = 0; i < n; i++) {
            System.arraycopy(a[i], 0, m[i], 0, n);
            m[i][n] = b[i];
        }
        for (int col = 0; col < n; col++) {
            int pivot = col;
            for (int r = col + 1; r < n; r++) {
                if (Math.abs(m[r][col]) > Math.abs(m[pivot][col])) {
                    pivot = r;
                }
            }
            double[] tmp = m[col];
            m[col] = m[pivot];
            m[pivot] = tmp;
            if (m[col][col] == 0) {
                continue; // a feature that never varies: its coefficient stays where it is
            }
            for (int r = col + 1; r < n; r++) {
                double f = m[r][col] / m[col][col];
                for (int c = col; c <= n; c++) {
                    m[r][c] -= f * m[col][c];
                }
            }
        }
        double[] x = new double[n];
        for (int i = n - 1; i >= 0; i--) {
            double s = m[i][n];
            for (int j = i + 1; j < n; j++) {
                s -= m[i][j] * x[j];
            }
            x[i] = m[i][i] == 0 ? 0 : s / m[i][i];
        }
        return x;
    }
}
