// Two slabs in 2D, x in [0, 0.5] (left) and [0.5, 1] (right), y in [0, 0.4]: triangles on the left,
// quadrangles on the right; extruded by the case's depth into prisms and hexahedra.
SetFactory("OpenCASCADE");
Rectangle(1) = {0, 0, 0, 0.5, 0.4};
Rectangle(2) = {0.5, 0, 0, 0.5, 0.4};
BooleanFragments{ Surface{1}; Delete; }{ Surface{2}; Delete; }
Physical Surface("left") = Surface In BoundingBox{-0.01, -0.01, -0.01, 0.51, 0.41, 0.01};
Physical Surface("right") = Surface In BoundingBox{0.49, -0.01, -0.01, 1.01, 0.41, 0.01};
Physical Curve("xmin") = Curve In BoundingBox{-0.01, -0.01, -0.01, 0.01, 0.41, 0.01};
Physical Curve("xmax") = Curve In BoundingBox{0.99, -0.01, -0.01, 1.01, 0.41, 0.01};
Recombine Surface{2};
Mesh.MeshSizeMax = 0.1;
