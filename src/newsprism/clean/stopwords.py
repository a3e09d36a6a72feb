"""English function words: their density tells running prose from menus, labels and headlines."""
from __future__ import annotations

STOPWORDS = frozenset("""
a about above after again against all also am an and any are as at be because been before being below
between both but by can could did do does doing down during each even ever few for from further had has
have having he her here hers herself him himself his how however i if in into is it its itself just
least less many may me might more most much must my myself no nor not now of off on once only or other
our ours ourselves out over own said same says she should since so some still such than that the their
theirs them themselves then there these they this those though through to too under until up upon us
very was we were what when where whether which while who whom whose why will with within without would
yet you your yours yourself yourselves
""".split()) | frozenset(
    # The commonest function words of other languages in Latin script (de, fr, es, pt, it, nl, id), so that
    # prose in them is not mistaken for a list of labels.
    """der die das und ist nicht mit von den dem des ein eine sich auch auf für wird sind wie zu im
    le la les et est une un des du dans pour pas que qui sur avec ce il elle au par sont
    el los las y en por con para una es del se lo su al más como pero
    o os e um uma não com para do da dos das em no na se mais ao pelo pela você
    il che di non per una sono della nel alla gli
    het een van en is niet met op dat voor zijn te
    dan yang di ke dari ini itu dengan untuk tidak dalam pada akan kepada""".split())
