// Two slabs 1 m x 0.2 m x 0.2 m, x in [0, 0.5] (left) and [0.5, 1] (right), meshed with tetrahedra.
SetFactory("OpenCASCADE");
Box(1) = {0, 0, 0, 0.5, 0.2, 0.2};
Box(2) = {0.5, 0, 0, 0.5, 0.2, 0.2};
BooleanFragments{ Volume{1}; Delete; }{ Volume{2}; Delete; }
Physical Volume("left") = {1};
Physical Volume("right") = {2};
eps = 1e-6;
Physical Surface("xmin") = Surface In BoundingBox{-eps, -eps, -eps, eps, 0.2 + eps, 0.2 + eps};
Physical Surface("xmax") = Surface In BoundingBox{1 - eps, -eps, -eps, 1 + eps, 0.2 + eps, 0.2 + eps};
Mesh.MeshSizeMax = 0.12;
Mesh.MeshSizeMin = 0.12;
