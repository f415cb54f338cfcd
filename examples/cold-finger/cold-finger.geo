// A copper cold finger standing on a sapphire washer on a copper stage (millimetres; the case file
// scales by 1e-3). Stage: r 20 mm, z 0..5; washer: r 6 mm, z 5..7; finger: r 6 mm, z 7..47.
// Mesh: gmsh -3 cold-finger.geo -format msh41 -bin -o cold-finger.msh
SetFactory("OpenCASCADE");
Cylinder(1) = {0, 0, 0, 0, 0, 5, 20};
Cylinder(2) = {0, 0, 5, 0, 0, 2, 6};
Cylinder(3) = {0, 0, 7, 0, 0, 40, 6};
BooleanFragments{ Volume{1}; Delete; }{ Volume{2, 3}; Delete; }
Physical Volume("stage") = Volume In BoundingBox{-21, -21, -0.1, 21, 21, 5.1};
Physical Volume("washer") = Volume In BoundingBox{-7, -7, 4.9, 7, 7, 7.1};
Physical Volume("finger") = Volume In BoundingBox{-7, -7, 6.9, 7, 7, 47.1};
Physical Surface("stage-bottom") = Surface In BoundingBox{-21, -21, -0.1, 21, 21, 0.1};
Physical Surface("finger-top") = Surface In BoundingBox{-7, -7, 46.9, 7, 7, 47.1};
Mesh.MeshSizeMax = 3;
