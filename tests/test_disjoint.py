from newsprism.disjoint import Clusters


def test_groups_are_transitive_and_ordered_by_first_member():
    clusters = Clusters(6)
    clusters.union(4, 1)
    clusters.union(1, 5)
    clusters.union_all([2, 3])
    assert clusters.groups(list("abcdef")) == [["a"], ["b", "e", "f"], ["c", "d"]]
    assert clusters.find(5) == 1
