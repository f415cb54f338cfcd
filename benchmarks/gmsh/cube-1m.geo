// Benchmark: unit cube split at x = 0.5 into two regions (copper | glass-like), ~10^6 tetrahedra.
SetFactory("OpenCASCADE");
Box(1) = {0, 0, 0, 0.5, 1, 1};
Box(2) = {0.5, 0, 0, 0.5, 1, 1};
BooleanFragments{ Volume{1}; Delete; }{ Volume{2}; Delete; }
Physical Volume("left") = {1};
Physical Volume("right") = {2};
eps = 1e-6;
Physical Surface("xmin") = Surface In BoundingBox{-eps, -eps, -eps, eps, 1 + eps, 1 + eps};
Physical Surface("xmax") = Surface In BoundingBox{1 - eps, -eps, -eps, 1 + eps, 1 + eps, 1 + eps};
Mesh.MeshSizeMax = 0.0175;
Mesh.MeshSizeMin = 0.0175;
