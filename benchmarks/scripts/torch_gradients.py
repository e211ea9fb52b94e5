#!/usr/bin/env python3
"""PyTorch's eager reverse mode on the functions of GradientBenchmark, for a ratio against the
hand-written Java evaluation measured by JMH in the same session (see benchmarks/RESULTS.md).

Usage: torch_gradients.py rosenbrock N | halves N | mlp

rosenbrock N: the extended Rosenbrock function, sum over pairs (x[2k], x[2k+1]) of
100 (x[2k+1] - x[2k]^2)^2 + (1 - x[2k])^2, at N points drawn uniformly from [-2, 2], written on
strided slices of one tensor. halves N: the same sum with the even and the odd coordinates held in
two contiguous tensors, PyTorch's faster layout for it.
mlp: the squared-error loss, averaged over 100 points, of a 20-32-1 network with a sigmoid hidden
layer and a sigmoid output (705 parameters), on random inputs and 0/1 targets.

float64, one thread, CPU. Each timing is one gradient (the forward pass that records the graph and
backward()); the script prints the median over 30 repeats of the mean over a batch of calls, and
the same for the value alone under no_grad. Needs Debian's python3-torch; not part of the build.
"""
import statistics
import sys
import timeit

import torch


def rosenbrock(x):
    even = x[0::2]
    odd = x[1::2]
    return (100 * (odd - even * even) ** 2 + (1 - even) ** 2).sum()


def mlp_loss(params, features, targets):
    w1, b1, w2, b2 = params
    hidden = torch.sigmoid(features @ w1.T + b1)
    out = torch.sigmoid(hidden @ w2 + b2)
    return ((out - targets) ** 2).mean()


def median_us(call, batch):
    for _ in range(batch):  # warm-up
        call()
    times = timeit.repeat(call, number=batch, repeat=30)
    return statistics.median(times) / batch * 1e6


def main():
    torch.set_num_threads(1)
    torch.set_default_dtype(torch.float64)
    gen = torch.Generator().manual_seed(11)
    if sys.argv[1] == "rosenbrock":
        n = int(sys.argv[2])
        x = (torch.rand(n, generator=gen) * 4 - 2).requires_grad_(True)

        def gradient():
            x.grad = None
            rosenbrock(x).backward()

        def value():
            with torch.no_grad():
                rosenbrock(x)

        label = "rosenbrock n = %d" % n
        leaves = [x]
    elif sys.argv[1] == "halves":
        n = int(sys.argv[2])
        even = (torch.rand(n // 2, generator=gen) * 4 - 2).requires_grad_(True)
        odd = (torch.rand(n // 2, generator=gen) * 4 - 2).requires_grad_(True)

        def halves():
            return (100 * (odd - even * even) ** 2 + (1 - even) ** 2).sum()

        def gradient():
            even.grad = None
            odd.grad = None
            halves().backward()

        def value():
            with torch.no_grad():
                halves()

        label = "rosenbrock n = %d, contiguous halves" % n
        leaves = [even, odd]
    elif sys.argv[1] == "mlp":
        features = torch.rand(100, 20, generator=gen) * 2 - 1
        targets = (torch.rand(100, generator=gen) > 0.5).to(torch.float64)
        params = [
            (torch.randn(32, 20, generator=gen) * 0.3).requires_grad_(True),
            torch.zeros(32).requires_grad_(True),
            (torch.randn(32, generator=gen) * 0.3).requires_grad_(True),
            torch.zeros(()).requires_grad_(True),
        ]

        def gradient():
            for p in params:
                p.grad = None
            mlp_loss(params, features, targets).backward()

        def value():
            with torch.no_grad():
                mlp_loss(params, features, targets)

        label = "mlp 20-32-1, 100 points"
        leaves = params
    else:
        sys.exit("usage: torch_gradients.py rosenbrock N | halves N | mlp")
    gradient()
    if sys.argv[1] == "rosenbrock":  # the closed form, as TestFunctions.rosenbrockGradient has it
        with torch.no_grad():
            even, odd = x[0::2], x[1::2]
            expected = torch.empty_like(x)
            expected[0::2] = -400 * even * (odd - even * even) - 2 * (1 - even)
            expected[1::2] = 200 * (odd - even * even)
        if not torch.allclose(x.grad, expected, rtol=1e-12, atol=1e-12):
            sys.exit("torch's gradient differs from the closed form")
    checksum = sum(float(p.grad.abs().sum()) for p in leaves)
    print("%s: gradient %.1f us, value %.1f us (torch %s, checksum %.6g)"
          % (label, median_us(gradient, 200), median_us(value, 200), torch.__version__, checksum))


if __name__ == "__main__":
    main()
