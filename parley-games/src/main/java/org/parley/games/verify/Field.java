package org.parley.games.verify;

import org.parley.games.numeric.Rational;

/** The two number systems the checks run in; lets one algorithm serve both. */
interface Field<T> {
    T zero();

    T one();

    T add(T a, T b);

    T sub(T a, T b);

    T mul(T a, T b);

    int compare(T a, T b);

    boolean isZero(T a);

    T of(Rational r);

    double toDouble(T a);

    Field<Rational> EXACT = new Field<>() {
        public Rational zero() {
            return Rational.ZERO;
        }

        public Rational one() {
            return Rational.ONE;
        }

        public Rational add(Rational a, Rational b) {
            return a.add(b);
        }

        public Rational sub(Rational a, Rational b) {
            return a.subtract(b);
        }

        public Rational mul(Rational a, Rational b) {
            return a.multiply(b);
        }

        public int compare(Rational a, Rational b) {
            return a.compareTo(b);
        }

        public boolean isZero(Rational a) {
            return a.isZero();
        }

        public Rational of(Rational r) {
            return r;
        }

        public double toDouble(Rational a) {
            return a.doubleValue();
        }
    };

    Field<Double> DOUBLE = new Field<>() {
        public Double zero() {
            return 0.0;
        }

        public Double one() {
            return 1.0;
        }

        public Double add(Double a, Double b) {
            return a + b;
        }

        public Double sub(Double a, Double b) {
            return a - b;
        }

        public Double mul(Double a, Double b) {
            return a * b;
        }

        public int compare(Double a, Double b) {
            return Double.compare(a, b);
        }

        public boolean isZero(Double a) {
            return a == 0.0; // exact zero only: used to skip work, never to decide
        }

        public Double of(Rational r) {
            return r.doubleValue();
        }

        public double toDouble(Double a) {
            return a;
        }
    };
}
