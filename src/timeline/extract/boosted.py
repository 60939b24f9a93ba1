"""Gradient-boosted decision trees kept as a reviewed data file, and their inference.

A model of this kind is fitted at training time by scikit-learn
(``GradientBoostingClassifier``, in ``bench/event_scorer.py``) and written as plain
arrays, one set per tree, in the order scikit-learn numbers the nodes (a node's
children come after it): ``feature`` (the index of the feature a node tests, ``-1``
for a leaf), ``threshold`` (a sample goes left when its value is at most it),
``left`` and ``right`` (the children, ``-1`` for a leaf) and ``value`` (a leaf's
contribution to the log-odds, the learning rate already applied; 0 at a split).
The log-odds of a sample is ``base`` plus the value of the leaf it reaches in every
tree. Inference walks the trees in plain Python over sparse features (a feature
absent is 0), so extraction needs no numerical library.

Trees express what a weighted sum cannot: a feature that matters only together with
another (a dropped trigger of a visit that names two sides and is dated by its own
sentence, say), each such conjunction a path from the root.
"""

from __future__ import annotations

import math
from collections.abc import Collection, Mapping, Sequence
from datetime import date
from typing import Self

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, model_validator

__all__ = ["BoostedTrees", "Tree"]

#: A compiled node: (feature name, threshold, left, right, leaf value); name None at a leaf.
_Node = tuple[str | None, float, int, int, float]


class Tree(BaseModel):
    """One regression tree as arrays indexed by node (the root is node 0).

    >>> leaf_left = Tree(feature=[0, -1, -1], threshold=[0.5, 0, 0], left=[1, -1, -1],
    ...                  right=[2, -1, -1], value=[0.0, -0.3, 0.7])
    >>> leaf_left.depth()
    1
    """

    model_config = ConfigDict(frozen=True, extra="forbid")

    feature: list[int] = Field(min_length=1)
    threshold: list[float]
    left: list[int]
    right: list[int]
    value: list[float]

    @model_validator(mode="after")
    def _well_formed(self) -> Self:
        n = len(self.feature)
        for name in ("threshold", "left", "right", "value"):
            if len(getattr(self, name)) != n:
                raise ValueError(f"{n} nodes but {len(getattr(self, name))} {name} entries")
        reached = [False] * n
        reached[0] = True
        for i in range(n):
            if not reached[i]:
                raise ValueError(f"node {i} is no node's child")
            children = (self.left[i], self.right[i])
            if self.feature[i] < 0:
                if children != (-1, -1):
                    raise ValueError(f"leaf {i} has children {children}")
                continue
            for child in children:
                # children come after their parent: no cycle, every walk ends
                if not i < child < n or reached[child]:
                    raise ValueError(f"node {i} has a bad child {child}")
                reached[child] = True
        return self

    def depth(self) -> int:
        """The number of splits on the longest path from the root to a leaf."""
        depth = [0] * len(self.feature)
        for i, f in enumerate(self.feature):
            if f >= 0:
                depth[self.left[i]] = depth[self.right[i]] = depth[i] + 1
        return max(depth)


class BoostedTrees(BaseModel):
    """Gradient-boosted trees over named features, and the sets, day and size they were
    fitted on. Each model names the features its extractor computes
    (:meth:`known_features`); a file naming others is refused."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    description: str
    features: list[str] = Field(min_length=1)
    base: float = Field(description="The log-odds before any tree: the training prior's.")
    trees: list[Tree] = Field(min_length=1)
    learning_rate: float = Field(gt=0.0, le=1.0, description="Already applied to the leaves.")
    max_depth: int = Field(ge=1, le=8)
    min_samples_leaf: int = Field(ge=1)
    trained_on: list[str] = Field(min_length=1)
    trained: date
    examples: int = Field(ge=1)
    _compiled: list[list[_Node]] = PrivateAttr(default_factory=list)

    @classmethod
    def known_features(cls) -> Collection[str]:
        """The feature names the extractor computes for this model."""
        raise NotImplementedError

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        if len(set(self.features)) != len(self.features):
            raise ValueError("a feature is named twice")
        unknown = sorted(set(self.features) - set(self.known_features()))
        if unknown:
            raise ValueError(f"features the extractor does not compute: {unknown}")
        for k, tree in enumerate(self.trees):
            bad = [f for f in tree.feature if f >= len(self.features)]
            if bad:
                raise ValueError(f"tree {k} tests feature {bad[0]} of {len(self.features)}")
            if tree.depth() > self.max_depth:
                raise ValueError(f"tree {k} is deeper than max_depth {self.max_depth}")
        self._compiled = [_compile(t, self.features) for t in self.trees]
        return self

    def decision(self, features: Mapping[str, float]) -> float:
        """The log-odds of the positive class for these (sparse) features: :attr:`base`
        plus the leaf each tree sends them to."""
        total = self.base
        for nodes in self._compiled:
            name, threshold, left, right, value = nodes[0]
            while name is not None:
                node = left if features.get(name, 0.0) <= threshold else right
                name, threshold, left, right, value = nodes[node]
            total += value
        return total

    def probability(self, features: Mapping[str, float]) -> float:
        """The probability of the positive class for these features."""
        z = self.decision(features)
        return 1.0 / (1.0 + math.exp(-z)) if z >= 0 else math.exp(z) / (1.0 + math.exp(z))


def _compile(tree: Tree, names: Sequence[str]) -> list[_Node]:
    """The tree's nodes as tuples naming their feature, for a walk without index look-ups."""
    return [
        (names[f] if f >= 0 else None, t, left, right, v)
        for f, t, left, right, v in zip(
            tree.feature, tree.threshold, tree.left, tree.right, tree.value, strict=True
        )
    ]
