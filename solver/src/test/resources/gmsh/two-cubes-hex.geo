// Two cubes 0.5 m on a side, x in [0, 0.5] (left) and [0.5, 1] (right), 4 x 4 x 4 hexahedra each:
// the same cells as a rectilinear grid of 8 x 4 x 4.
SetFactory("OpenCASCADE");
Box(1) = {0, 0, 0, 0.5, 0.5, 0.5};
Box(2) = {0.5, 0, 0, 0.5, 0.5, 0.5};
BooleanFragments{ Volume{1}; Delete; }{ Volume{2}; Delete; }
Transfinite Curve{:} = 5;
Transfinite Surface{:};
Recombine Surface{:};
Transfinite Volume{:};
Physical Volume("left") = {1};
Physical Volume("right") = {2};
eps = 1e-6;
Physical Surface("xmin") = Surface In BoundingBox{-eps, -eps, -eps, eps, 0.5 + eps, 0.5 + eps};
Physical Surface("xmax") = Surface In BoundingBox{1 - eps, -eps, -eps, 1 + eps, 0.5 + eps, 0.5 + eps};
Physical Surface("ymin") = Surface In BoundingBox{-eps, -eps, -eps, 1 + eps, eps, 0.5 + eps};
