// Concentric spheres, one octant (x, y, z >= 0): inner shell r in [0.5, 0.8] m, outer shell r in
// [0.8, 1.2] m. The three coordinate planes are symmetry planes (adiabatic). Refine with gmsh -clscale s.
SetFactory("OpenCASCADE");
Sphere(1) = {0, 0, 0, 1.2};
Sphere(2) = {0, 0, 0, 0.8};
Sphere(3) = {0, 0, 0, 0.5};
Box(9) = {0, 0, 0, 2, 2, 2};
BooleanIntersection(4) = { Volume{1}; Delete; }{ Volume{9}; };
BooleanIntersection(5) = { Volume{2}; Delete; }{ Volume{9}; };
BooleanIntersection(6) = { Volume{3}; Delete; }{ Volume{9}; Delete; };
BooleanDifference(7) = { Volume{4}; Delete; }{ Volume{5}; };
BooleanDifference(8) = { Volume{5}; Delete; }{ Volume{6}; Delete; };
BooleanFragments{ Volume{7}; Delete; }{ Volume{8}; Delete; }
Physical Volume("inner") = Volume In BoundingBox{-0.01, -0.01, -0.01, 0.81, 0.81, 0.81};
Physical Volume("outer") = {7};
Physical Surface("r-inner") = Surface In BoundingBox{-0.01, -0.01, -0.01, 0.51, 0.51, 0.51};
s() = Surface In BoundingBox{-0.01, -0.01, -0.01, 1.21, 1.21, 1.21};
Physical Surface("r-outer") = {};
For i In {0 : #s() - 1}
  bb() = BoundingBox Surface{s(i)};
  If (bb(3) > 1.19 && bb(4) > 1.19 && bb(5) > 1.19)
    Physical Surface("r-outer") += {s(i)};
  EndIf
EndFor
Mesh.MeshSizeMax = 0.15;
