#!/usr/bin/env python3
"""Reference values for tests/unit/stats/tracking.test.ts, computed with numpy (2.4) only.

Run: python3 tests/reference/tracking_reference.py
X and Y are the return series of tests/unit/stats/inputs.ts (copied literally). Tracking error is the
population standard deviation (ddof=0) of X - Y times sqrt(252); printed with repr().
"""
import numpy as np

X = [0.01175, -0.02764, 0.00577, 0.01576, 0.0008, 0.01925, 0.00364, -0.02268, -0.00121, -0.00907,
     -0.00534, 0.00828, 0.01689, -0.01583, -0.00746, -0.00287, 0.00563, -0.02589, -0.00242, -0.00249,
     0.00452, 0.00047, -0.00815, -0.00951, 0.01189, -0.00821, -0.01203, 0.01735, 0.00828, 0.01097]
Y = [0.01128, -0.01761, -0.001, 0.00699, 0.0013, 0.01228, 0.01462, -0.0065, -0.00589, -0.00139,
     -0.01682, 0.01134, 0.01081, -0.00631, -0.0147, -0.01451, 0.00743, -0.01798, -0.00148, 0.00781,
     0.01259, -0.0044, -0.00374, -0.01154, 0.00517, 0.00873, -0.02049, 0.01401, 0.01329, 0.01154]
d = np.array(X) - np.array(Y)
print('trackingError(X, Y):', repr(float(np.std(d, ddof=0) * np.sqrt(252))))
print('trackingError(X, Y, 12):', repr(float(np.std(d, ddof=0) * np.sqrt(12))))
print('returnDifferences(X, Y)[0], [29]:', repr(float(d[0])), repr(float(d[29])))
